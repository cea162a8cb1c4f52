// Package gitdiff tells which lines of a Git work tree changed since a
// revision, for reporting only new findings.
//
// It runs "git diff --unified=0 REV" in the work tree and reads the line
// ranges of the added side of every hunk; files Git does not track (and
// does not ignore) count as new in whole.
package gitdiff

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// A Range is an inclusive range of line numbers, counted from 1.
type Range struct{ Start, End int }

// Changes are the lines changed in a work tree since a revision.
type Changes struct {
	// Root is the top directory of the work tree.
	Root string
	// Lines maps a file name, relative to Root with slashes, to its added
	// or changed lines.
	Lines map[string][]Range
	// New holds the untracked files, relative to Root with slashes: every
	// line of them is new.
	New map[string]bool
}

// Changed reports whether line of the file at the absolute path filename
// was added or changed.
func (c *Changes) Changed(filename string, line int) bool {
	if real, err := filepath.EvalSymlinks(filename); err == nil {
		filename = real
	}
	rel, err := filepath.Rel(c.Root, filename)
	if err != nil {
		return false
	}
	rel = filepath.ToSlash(rel)
	if c.New[rel] {
		return true
	}
	for _, r := range c.Lines[rel] {
		if r.Start <= line && line <= r.End {
			return true
		}
	}
	return false
}

// Since returns the lines of the work tree containing dir changed since
// the revision rev: committed after it, staged or not, and untracked.
func Since(ctx context.Context, dir, rev string) (*Changes, error) {
	if rev == "" || strings.HasPrefix(rev, "-") {
		return nil, fmt.Errorf("bad revision %q", rev)
	}
	root, err := Toplevel(ctx, dir)
	if err != nil {
		return nil, err
	}
	out, err := git(ctx, root, "-c", "core.quotePath=false", "diff",
		"--no-color", "--no-ext-diff", "--no-textconv", "--find-renames",
		"--unified=0", "--src-prefix=a/", "--dst-prefix=b/", rev, "--")
	if err != nil {
		return nil, err
	}
	lines, err := Parse(bytes.NewReader(out))
	if err != nil {
		return nil, fmt.Errorf("git diff %s: %w", rev, err)
	}
	untracked, err := git(ctx, root, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, err
	}
	c := &Changes{Root: root, Lines: lines, New: make(map[string]bool)}
	for name := range strings.SplitSeq(string(untracked), "\x00") {
		if name != "" {
			c.New[name] = true
		}
	}
	return c, nil
}

// Toplevel returns the top directory of the Git work tree containing dir,
// with symbolic links resolved.
func Toplevel(ctx context.Context, dir string) (string, error) {
	top, err := git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", err
	}
	root, err := filepath.EvalSymlinks(strings.TrimSpace(string(top)))
	if err != nil {
		return "", fmt.Errorf("git work tree: %w", err)
	}
	return root, nil
}

// git runs git with args in dir and returns its standard output.
func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		sub := args[0]
		if sub == "-c" && len(args) > 2 {
			sub = args[2]
		}
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("git %s: %s", sub, msg)
		}
		return nil, fmt.Errorf("git %s: %w", sub, err)
	}
	return out, nil
}

// Parse reads a unified diff, as printed by "git diff --unified=0", and
// returns for each file of the new side (its path after "b/") the ranges
// of lines added or changed. Deleted files have no entry; files with only
// deletions have an entry with no ranges.
func Parse(r io.Reader) (map[string][]Range, error) {
	files := make(map[string][]Range)
	var current string // file of the hunks being read, "" for none
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	inHeader := false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "diff --git "):
			current, inHeader = "", true
		case inHeader && strings.HasPrefix(line, "+++ "):
			name, err := diffPath(strings.TrimPrefix(line, "+++ "))
			if err != nil {
				return nil, err
			}
			current = name
			if _, ok := files[current]; !ok && current != "" {
				files[current] = nil
			}
		case strings.HasPrefix(line, "@@ "):
			inHeader = false
			if current == "" {
				continue
			}
			rg, err := hunkRange(line)
			if err != nil {
				return nil, err
			}
			if rg.End >= rg.Start {
				files[current] = append(files[current], rg)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return files, nil
}

// diffPath returns the path of a "+++ " line without its "b/" prefix, or
// "" for /dev/null. Git quotes names with unusual characters C-style.
func diffPath(s string) (string, error) {
	s = strings.TrimRight(s, "\t")
	if s == "/dev/null" {
		return "", nil
	}
	if strings.HasPrefix(s, `"`) {
		u, err := strconv.Unquote(s)
		if err != nil {
			return "", fmt.Errorf("bad quoted file name %s", s)
		}
		s = u
	}
	name, ok := strings.CutPrefix(s, "b/")
	if !ok {
		return "", fmt.Errorf("file name %q lacks the b/ prefix", s)
	}
	return name, nil
}

// hunkRange parses "@@ -a,b +c,d @@ ..." into the range of new lines
// c..c+d-1. A missing count means 1; a count of 0 means no new lines.
func hunkRange(line string) (Range, error) {
	fields := strings.Fields(line)
	if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
		return Range{}, fmt.Errorf("bad hunk header %q", line)
	}
	startStr, countStr, hasCount := strings.Cut(fields[2][1:], ",")
	start, err := strconv.Atoi(startStr)
	if err != nil {
		return Range{}, fmt.Errorf("bad hunk header %q", line)
	}
	count := 1
	if hasCount {
		if count, err = strconv.Atoi(countStr); err != nil {
			return Range{}, fmt.Errorf("bad hunk header %q", line)
		}
	}
	if start < 0 || count < 0 {
		return Range{}, errors.New("bad hunk header " + strconv.Quote(line))
	}
	return Range{Start: start, End: start + count - 1}, nil
}
