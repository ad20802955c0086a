// memoryview_internal.h: helpers shared by memoryview_object.cpp (slots) and
// memoryview_methods.cpp (methods and attributes). Not for other components.
#pragma once

#include <string>
#include <vector>

#include "objects/memoryview_object.h"

namespace bastion {

// The view, or ValueError "operation forbidden on released memoryview object".
Result<MemoryViewObject*> mv_live(Interpreter&, Value self);
// A new view with layout `like` over `base` (an export the view takes over).
Result<Ref> mv_make(Interpreter&, const MvLayout& like, BufferView base);
// The items' bytes in C (or Fortran) order.
std::string mv_collect(const MvLayout&, const BufferView& buf, bool fortran);
// Steps a full index to the next item in C (last index fastest) or Fortran order; false
// after the last item.
bool mv_next_index(std::vector<int64_t>& index, const MvDims& shape, bool fortran);

} // namespace bastion
