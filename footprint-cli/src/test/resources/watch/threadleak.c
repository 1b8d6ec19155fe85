/* Leaks one thread every 100 ms: each new thread blocks forever and is never joined. */
#include <pthread.h>
#include <time.h>
#include <unistd.h>
static void *park(void *arg) {
  (void)arg;
  for (;;) pause();
  return 0;
}
int main(void) {
  struct timespec t = {0, 100 * 1000 * 1000};
  for (;;) {
    pthread_t th;
    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setstacksize(&a, 64 * 1024);
    pthread_create(&th, &a, park, 0);
    nanosleep(&t, 0);
  }
}
