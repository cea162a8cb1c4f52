// Package diff computes line diffs with Myers' algorithm and prints them in
// the unified format of diff -u and git diff.
package diff

import (
	"fmt"
	"strings"
)

// Context is the number of unchanged lines shown around each change.
const Context = 3

type opKind uint8

const (
	equal opKind = iota
	del
	ins
)

// An op is one line of the edit script: a[i] kept as b[j], a[i] deleted,
// or b[j] inserted.
type op struct {
	kind opKind
	i, j int
}

// Unified returns the unified diff that turns old into new, with file
// names oldName and newName in its header, or "" when they are equal.
func Unified(oldName, newName string, old, new []byte) string {
	a, b := splitLines(string(old)), splitLines(string(new))
	ops := edits(a, b)
	hunks := group(ops)
	if len(hunks) == 0 {
		return ""
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", oldName, newName)
	for _, h := range hunks {
		writeHunk(&sb, a, b, h)
	}
	return sb.String()
}

// splitLines splits s after each newline; the last line may lack one.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// edits returns an edit script from a to b of minimal length. Common
// leading and trailing lines are matched first, so that the quadratic
// part of the work is bounded by the size of the change.
func edits(a, b []string) []op {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var ops []op
	for i := range pre {
		ops = append(ops, op{equal, i, i})
	}
	for _, o := range myers(a[pre:len(a)-suf], b[pre:len(b)-suf]) {
		ops = append(ops, op{o.kind, o.i + pre, o.j + pre})
	}
	for k := suf; k > 0; k-- {
		ops = append(ops, op{equal, len(a) - k, len(b) - k})
	}
	return ops
}

// myers is Myers' O(ND) shortest edit script, with the furthest-reaching
// paths of each round kept for the backtrack (O(D²) space).
func myers(a, b []string) []op {
	n, m := len(a), len(b)
	if n == 0 && m == 0 {
		return nil
	}
	// v[k] is the furthest x on diagonal k = x - y; trace[d] holds v
	// for diagonals -d..d after round d.
	v := map[int]int{1: 0}
	var trace []map[int]int
	for d := 0; d <= n+m; d++ {
		round := make(map[int]int, d+1)
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[k-1] < v[k+1] {
				x = v[k+1] // down: insert b[y]
			} else {
				x = v[k-1] + 1 // right: delete a[x]
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			round[k] = x
			if x >= n && y >= m {
				trace = append(trace, round)
				return backtrack(trace, n, m)
			}
		}
		trace = append(trace, round)
		v = round
	}
	panic("unreachable")
}

// backtrack walks trace from (n, m) back to (0, 0) and returns the edit
// script in order. Each round d ends with a snake of equal lines that
// starts one move (an insertion or a deletion) after the end point of
// round d-1 on a neighbouring diagonal.
func backtrack(trace []map[int]int, n, m int) []op {
	var rev []op
	x, y := n, m
	for d := len(trace) - 1; d > 0; d-- {
		prev := trace[d-1]
		k := x - y
		down := k == -d || k != d && prev[k-1] < prev[k+1]
		pk := k - 1
		if down {
			pk = k + 1
		}
		px := prev[pk]
		py := px - pk
		sx := px // start of the snake of round d
		if !down {
			sx++
		}
		for x > sx {
			x, y = x-1, y-1
			rev = append(rev, op{equal, x, y})
		}
		if down {
			rev = append(rev, op{ins, px, py})
		} else {
			rev = append(rev, op{del, px, py})
		}
		x, y = px, py
	}
	for x > 0 {
		x, y = x-1, y-1
		rev = append(rev, op{equal, x, y})
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

// group splits the edit script into hunks: runs of changes with Context
// equal lines around them, joined when their contexts touch.
func group(ops []op) [][]op {
	var hunks [][]op
	start, end := -1, -1 // ops[start:end] is the current hunk
	for idx, o := range ops {
		if o.kind == equal {
			continue
		}
		lo := max(idx-Context, 0)
		if start >= 0 && lo <= end {
			end = min(idx+1+Context, len(ops))
			continue
		}
		if start >= 0 {
			hunks = append(hunks, ops[start:end])
		}
		start, end = lo, min(idx+1+Context, len(ops))
	}
	if start >= 0 {
		hunks = append(hunks, ops[start:end])
	}
	return hunks
}

func writeHunk(sb *strings.Builder, a, b []string, h []op) {
	var aStart, aLen, bStart, bLen int
	aStart, bStart = -1, -1
	for _, o := range h {
		if o.kind != ins {
			if aStart < 0 {
				aStart = o.i
			}
			aLen++
		}
		if o.kind != del {
			if bStart < 0 {
				bStart = o.j
			}
			bLen++
		}
	}
	// An empty side is numbered by the line before it.
	if aStart < 0 {
		aStart = h[0].i - 1
	}
	if bStart < 0 {
		bStart = h[0].j - 1
	}
	fmt.Fprintf(sb, "@@ -%s +%s @@\n", hunkRange(aStart, aLen), hunkRange(bStart, bLen))
	for _, o := range h {
		switch o.kind {
		case equal:
			writeLine(sb, ' ', a[o.i])
		case del:
			writeLine(sb, '-', a[o.i])
		case ins:
			writeLine(sb, '+', b[o.j])
		}
	}
}

// hunkRange formats a 0-based start and a length as diff does: "3" for a
// single line, "3,0" after line 3 for none, "3,4" otherwise.
func hunkRange(start, n int) string {
	if n == 1 {
		return fmt.Sprint(start + 1)
	}
	if n == 0 {
		return fmt.Sprintf("%d,0", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

func writeLine(sb *strings.Builder, prefix byte, line string) {
	sb.WriteByte(prefix)
	sb.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		sb.WriteString("\n\\ No newline at end of file\n")
	}
}
