// Command fnbench is the measuring tool of docs/performance.md.
//
//	fnbench gen DIR [N]        write the generated module of N packages (default 200) into DIR
//	fnbench load [PATTERN...]  load and type-check the packages, and nothing else
//
// Run fnbench gen from the root of the fnlint repository: the generated
// module requires the aws-lambda-go of its go.mod, with its go.sum lines.
//
// fnbench load is the baseline that fnlint's wall time and peak memory are
// compared with: loading and type-checking the packages and all their
// dependencies from source (cli.PackagesConfig, test files included unless
// -tests=false), run from the working directory, with ./... when no
// pattern is given. With -trim it loads as fnlint does (cli.Load: the
// function bodies of the standard library and module cache dependencies
// left out). It prints the number of packages loaded and exits 2 if any
// has errors.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/bench"
	"github.com/fnlint/fnlint/internal/cli"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "gen":
		err = gen(os.Args[2:])
	case "load":
		err = load(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "fnbench: %v\n", err)
		os.Exit(2)
	}
}

func usage() {
	fmt.Fprintf(os.Stderr, "usage: fnbench gen DIR [N] | fnbench load [-tests=false] [-trim] [-tags TAGS] [PATTERN...]\n")
	os.Exit(2)
}

// gen writes the generated module into args[0].
func gen(args []string) error {
	if len(args) < 1 || len(args) > 2 {
		usage()
	}
	n := bench.DefaultPackages
	if len(args) == 2 {
		var err error
		if n, err = strconv.Atoi(args[1]); err != nil {
			return fmt.Errorf("package count: %w", err)
		}
	}
	wd, err := os.Getwd()
	if err != nil {
		return fmt.Errorf("working directory: %w", err)
	}
	opts, err := bench.OptionsFrom(wd, n)
	if err != nil {
		return fmt.Errorf("options: %w", err)
	}
	if err := os.MkdirAll(args[0], 0o755); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	return bench.Generate(args[0], opts)
}

// load loads the patterns with the CLI's configuration.
func load(args []string) error {
	fs := flag.NewFlagSet("load", flag.ExitOnError)
	tests := fs.Bool("tests", true, "load test files too, as fnlint does by default")
	tags := fs.String("tags", "", "comma-separated build tags")
	trim := fs.Bool("trim", false, "load as fnlint does, without the function bodies of dependencies outside the module")
	_ = fs.Parse(args) // ExitOnError: exits on a bad flag
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	var pkgs []*packages.Package
	var err error
	if *trim {
		pkgs, err = cli.Load(context.Background(), "", *tests, *tags, patterns...)
	} else {
		pkgs, err = packages.Load(cli.PackagesConfig(context.Background(), "", *tests, *tags), patterns...)
	}
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	n, bad := 0, 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		n++
		if len(p.Errors) > 0 {
			bad++
		}
	})
	fmt.Printf("%d packages matched, %d loaded, %d with errors\n", len(pkgs), n, bad)
	if bad > 0 {
		os.Exit(2)
	}
	return nil
}
