/* Leaks one file descriptor every 50 ms: opens /dev/null and never closes it. */
#include <fcntl.h>
#include <time.h>
int main(void) {
  struct timespec t = {0, 50 * 1000 * 1000};
  for (;;) {
    open("/dev/null", O_RDONLY);
    nanosleep(&t, 0);
  }
}
