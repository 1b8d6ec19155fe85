/* Leaks 1 MiB of touched heap every 100 ms (pages written, so they count as resident). */
#include <stdlib.h>
#include <string.h>
#include <time.h>
int main(void) {
  struct timespec t = {0, 100 * 1000 * 1000};
  for (;;) {
    char *p = malloc(1 << 20);
    memset(p, 1, 1 << 20);
    nanosleep(&t, 0);
  }
}
