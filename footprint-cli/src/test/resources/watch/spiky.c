/* A hot path: idle, then a burst of ~300 ms of CPU once a second. */
#include <time.h>
static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}
int main(void) {
  volatile unsigned long x = 0;
  struct timespec idle = {0, 700 * 1000 * 1000};
  for (;;) {
    double end = now() + 0.3;
    while (now() < end) x++;
    nanosleep(&idle, 0);
  }
}
