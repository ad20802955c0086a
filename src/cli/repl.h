// repl.h: the interactive prompt (bastion with a terminal on stdin).
#pragma once

#include "bastion/bastion.h"

namespace bastion::cli {
int run_repl(Runtime& rt);
}
