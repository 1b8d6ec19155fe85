// A Go service exposing net/http/pprof that leaks goroutines (each blocks forever on a channel)
// and heap (1 MiB kept every 100 ms). Usage: pprofserver ADDR
package main

import (
	"net/http"
	_ "net/http/pprof"
	"os"
	"time"
)

var kept [][]byte

func main() {
	block := make(chan struct{})
	go func() {
		for {
			go func() { <-block }()
			b := make([]byte, 1<<20)
			for i := range b {
				b[i] = 1
			}
			kept = append(kept, b)
			time.Sleep(100 * time.Millisecond)
		}
	}()
	if err := http.ListenAndServe(os.Args[1], nil); err != nil {
		os.Exit(1)
	}
}
