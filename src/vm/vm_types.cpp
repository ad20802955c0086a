// vm_types.cpp: the vm/ part of start-up (objects/bootstrap.h): slots and methods of the
// execution types of types_vm.def, each set up by the file that implements it.
#include "objects/bootstrap.h"
#include "vm/code_object.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/module.h"
#include "vm/traceback.h"

namespace bastion {

void init_vm_slots(Interpreter& interp) {
    init_function_type_slots(interp); // function, method, cell
    init_code_type_slots(interp);
    init_module_type_slots(interp);
    init_frame_type_slots(interp);
    init_traceback_type_slots(interp);
    init_generator_type_slots(interp);
    init_coroutine_type_slots(interp);
    init_async_generator_type_slots(interp);
}

Status init_vm_methods(Interpreter& interp) {
    BASTION_TRY(init_function_type_methods(interp));
    BASTION_TRY(init_code_type_methods(interp));
    BASTION_TRY(init_module_type_methods(interp));
    BASTION_TRY(init_frame_type_methods(interp));
    BASTION_TRY(init_traceback_type_methods(interp));
    BASTION_TRY(init_generator_type_methods(interp));
    BASTION_TRY(init_coroutine_type_methods(interp));
    return init_async_generator_type_methods(interp);
}

} // namespace bastion
