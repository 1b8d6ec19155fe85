// A known allocation pattern for footprint's gctrace test: 64 MiB kept live, 1 MiB chunks of
// garbage, and exactly three runtime.GC() calls. Prints what the runtime itself counted.
package main

import (
	"fmt"
	"runtime"
)

var live [][]byte
var sink []byte

func main() {
	for i := 0; i < 64; i++ {
		live = append(live, make([]byte, 1<<20))
	}
	forced := 0
	for i := 0; i < 3000; i++ {
		sink = make([]byte, 1<<20)
		sink[0] = byte(i)
		if i == 1000 || i == 2000 || i == 2999 {
			runtime.GC()
			forced++
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("NumGC=%d NumForcedGC=%d forcedCalls=%d live=%d\n", m.NumGC, m.NumForcedGC, forced, len(live))
}
