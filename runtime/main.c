/* runtime/main.c — the `tirbox` command: everything is in runtime/cli.c. */
#include "runtime/cli.h"

int main(int argc, char **argv)
{
    return cli_main(argc, argv);
}
