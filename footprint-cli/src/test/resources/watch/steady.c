/*
 * A well-behaved service loop: a fixed 8 MiB working buffer, a little CPU every 100 ms, a file
 * opened and closed, and a worker thread started and joined each tick. Nothing accumulates.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
static void *work(void *arg) { return arg; }
int main(void) {
  char *buf = malloc(8 << 20);
  memset(buf, 1, 8 << 20);
  struct timespec t = {0, 100 * 1000 * 1000};
  volatile unsigned long x = 0;
  for (;;) {
    for (int i = 0; i < 200000; i++) x += buf[(i * 4099) & ((8 << 20) - 1)];
    int fd = open("/dev/null", O_RDONLY);
    close(fd);
    pthread_t th;
    pthread_create(&th, 0, work, 0);
    pthread_join(th, 0);
    nanosleep(&t, 0);
  }
}
