// e2e-svc is the service of footprint's lint end-to-end test: a dependency-free HTTP server
// that answers GET /healthz on $PORT (default 8080). The test builds it with a naive
// Dockerfile and with the version that follows `footprint lint`, then compares the images.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
)

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok e2e-svc")
	})
	log.Printf("e2e-svc listening on :%s", port)
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
