# Warnings and sanitizers for our own code (bastion_warnings is linked PRIVATE everywhere).
add_library(bastion_warnings INTERFACE)
target_compile_options(bastion_warnings INTERFACE -Wall -Wextra -Wno-unused-parameter)
if(BASTION_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
