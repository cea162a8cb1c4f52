// Gendocs writes the reference pages of fnlint's checks, docs/checks/<name>.md
// and the index docs/checks/README.md, from the checks' own metadata: the
// doc.go of each analyzer, its flags and its entry in analyzers.All.
//
// Run it from anywhere in the module after changing a check:
//
//	go run ./internal/cmd/gendocs
//
// A test fails when the pages on disk differ from what it would write.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/fnlint/fnlint/analyzers"
)

func main() {
	dir := flag.String("dir", "", "output directory (default: docs/checks of the module)")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	if dir == "" {
		root, err := moduleRoot()
		if err != nil {
			return err
		}
		dir = filepath.Join(root, "docs", "checks")
	}
	files, err := render(analyzers.All())
	if err != nil {
		return err
	}
	return write(dir, files)
}

// moduleRoot returns the nearest directory at or above the working
// directory that holds a go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find module root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("find module root: no go.mod above the working directory")
		}
		dir = parent
	}
}

// render returns the content of every page, by file name.
func render(checks []analyzers.Check) (map[string][]byte, error) {
	files := make(map[string][]byte, len(checks)+1)
	for _, c := range checks {
		page, err := checkPage(c)
		if err != nil {
			return nil, fmt.Errorf("check %s: %w", c.Analyzer.Name, err)
		}
		files[c.Analyzer.Name+".md"] = page
	}
	files["README.md"] = indexPage(checks)
	return files, nil
}

// write writes files into dir and removes the pages this program wrote
// before for checks that no longer exist.
func write(dir string, files map[string][]byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write docs: %w", err)
	}
	stale, err := generatedFiles(dir)
	if err != nil {
		return err
	}
	for _, name := range stale {
		if _, ok := files[name]; !ok {
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				return fmt.Errorf("remove stale page: %w", err)
			}
		}
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), files[name], 0o644); err != nil {
			return fmt.Errorf("write docs: %w", err)
		}
	}
	return nil
}

// generatedFiles returns the names of the Markdown files of dir that start
// with the generated-file header.
func generatedFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read docs: %w", err)
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("read docs: %w", err)
		}
		if bytes.HasPrefix(data, []byte(header)) {
			names = append(names, e.Name())
		}
	}
	return names, nil
}
