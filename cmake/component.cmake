# One static library per src/ folder (or group of folders). Adding an edge to the
# dependency graph needs a sentence in docs/architecture.md.
add_library(bastion_internal INTERFACE) # puts src/ on the include path, for components only
target_include_directories(bastion_internal INTERFACE "${PROJECT_SOURCE_DIR}/src" "${PROJECT_SOURCE_DIR}/include")
target_compile_features(bastion_internal INTERFACE cxx_std_20)

function(bastion_component name)
  cmake_parse_arguments(C "" "" "DIRS;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  if(NOT C_DIRS)
    set(C_DIRS ${name})
  endif()
  set(srcs "")
  foreach(dir IN LISTS C_DIRS)
    file(GLOB dir_srcs CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/${dir}/*.cpp")
    list(APPEND srcs ${dir_srcs})
  endforeach()
  add_library(bastion_${name} STATIC ${srcs})
  target_link_libraries(bastion_${name}
    PUBLIC bastion_internal ${C_PUBLIC_DEPS}
    PRIVATE bastion_warnings ${C_PRIVATE_DEPS})
endfunction()
