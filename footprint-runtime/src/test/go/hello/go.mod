module footprint.dev/hello

go 1.19
