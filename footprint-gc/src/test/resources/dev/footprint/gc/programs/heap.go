// A Go program with a known heap for footprint's advice tests, run under GODEBUG=gctrace=1.
//
//	heap -live MiB [-grow] [-seconds N]
//
// It keeps -live MiB reachable in small pointer-bearing nodes (so marking has real work) and
// allocates short-lived garbage for -seconds. With -grow the live set is built up during the run
// instead of before it (a program loading its data). Like many services it logs its memory
// settings at start, which is how a GOMEMLIMIT reaches the log.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"time"
)

type node struct {
	next    *node
	payload [48]byte
}

var live []*node
var sink *node

func main() {
	liveMiB := flag.Int("live", 64, "MiB kept reachable")
	grow := flag.Bool("grow", false, "build the live set during the run")
	step := flag.Int("step", 500, "nodes added to the live set per 1000 garbage nodes, with -grow")
	seconds := flag.Float64("seconds", 2, "how long to allocate garbage")
	flag.Parse()
	if v, ok := os.LookupEnv("GOMEMLIMIT"); ok {
		fmt.Fprintf(os.Stderr, "starting: GOMEMLIMIT=%s (runtime limit %d bytes)\n", v, debug.SetMemoryLimit(-1))
	} else {
		fmt.Fprintln(os.Stderr, "starting: no GOMEMLIMIT")
	}
	nodes := *liveMiB << 20 / 64
	if !*grow {
		for i := 0; i < nodes; i++ {
			live = append(live, &node{})
		}
	}
	end := time.Now().Add(time.Duration(*seconds * float64(time.Second)))
	garbage := 0
	for time.Now().Before(end) {
		for k := 0; k < 1000; k++ {
			sink = &node{next: sink}
			if k%100 == 0 {
				sink = nil
			}
			garbage++
		}
		if *grow && len(live) < nodes {
			for k := 0; k < *step && len(live) < nodes; k++ {
				live = append(live, &node{})
			}
		}
	}
	fmt.Printf("live=%d nodes garbage=%d nodes\n", len(live), garbage)
}
