/* runtime/main.c — the `tirbox` command: a deep enough C stack, then runtime/cli.c. */
#include "runtime/cli.h"
#include "runtime/stack.h"

int main(int argc, char **argv)
{
    stack_ensure(argv);
    return cli_main(argc, argv);
}
