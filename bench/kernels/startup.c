/* C twin of startup.py: process start-up and one print. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    printf("%ld\n", (argc > 1 ? atol(argv[1]) : 0) + 1);
    return 0;
}
