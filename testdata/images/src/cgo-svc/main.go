// cgo-svc is hello-svc's cgo twin: the answer to GET / is computed in C, so the binary
// really links glibc (libc.so.6 through the system loader) and cannot run on scratch or musl.
// It answers GET / and GET /healthz on :8080, or on $PORT when set.
package main

/*
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>

// footprint_sum adds the bytes of s: a stand-in for real work done in a C library.
static unsigned int footprint_sum(const char *s) {
	unsigned int sum = 0;
	for (size_t i = 0; i < strlen(s); i++) sum += (unsigned char) s[i];
	return sum;
}

static int footprint_sysname(char *buf, size_t len) {
	struct utsname u;
	if (uname(&u) != 0) return -1;
	snprintf(buf, len, "%s", u.sysname);
	return 0;
}
*/
import "C"

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
	"unsafe"
)

func cSum(s string) uint {
	cs := C.CString(s)
	defer C.free(unsafe.Pointer(cs))
	return uint(C.footprint_sum(cs))
}

func cSysname() string {
	buf := make([]byte, 65)
	if C.footprint_sysname((*C.char)(unsafe.Pointer(&buf[0])), C.size_t(len(buf))) != 0 {
		return "unknown"
	}
	return C.GoString((*C.char)(unsafe.Pointer(&buf[0])))
}

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "hello from footprint cgo-svc (C sum %d on %s)\n", cSum("footprint"), cSysname())
	})
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	srv := &http.Server{Addr: ":" + port, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		<-stop
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}()
	log.Printf("cgo-svc listening on :%s", port)
	if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
