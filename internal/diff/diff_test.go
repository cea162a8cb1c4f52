package diff

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnified(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     string
	}{
		{name: "equal", old: "a\nb\n", new: "a\nb\n", want: ""},
		{
			name: "change in the middle",
			old:  "1\n2\n3\n4\n5\n6\n7\n8\n9\n",
			new:  "1\n2\n3\n4\nfive\n6\n7\n8\n9\n",
			want: "--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n",
		},
		{
			name: "insert at top",
			old:  "x\ny\n",
			new:  "// head\nx\ny\n",
			want: "--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n+// head\n x\n y\n",
		},
		{
			name: "from empty",
			old:  "",
			new:  "a\n",
			want: "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+a\n",
		},
		{
			name: "to empty",
			old:  "a\nb\n",
			new:  "",
			want: "--- a/f\n+++ b/f\n@@ -1,2 +0,0 @@\n-a\n-b\n",
		},
		{
			name: "no final newline",
			old:  "a\nb",
			new:  "a\nc",
			want: "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n",
		},
		{
			name: "two hunks",
			old:  "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n",
			new:  "one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ntwelve\n",
			want: "--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+twelve\n",
		},
		{
			name: "close changes share a hunk",
			old:  "1\n2\n3\n4\n5\n6\n7\n8\n",
			new:  "one\n2\n3\n4\n5\n6\n7\neight\n",
			want: "--- a/f\n+++ b/f\n@@ -1,8 +1,8 @@\n-1\n+one\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+eight\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Unified("a/f", "b/f", []byte(tt.old), []byte(tt.new)))
		})
	}
}

// TestEditsMinimal checks on random inputs that the edit script rebuilds
// both sides and is as short as the longest common subsequence allows.
func TestEditsMinimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		a := randomLines(r, r.IntN(12))
		b := randomLines(r, r.IntN(12))
		ops := edits(a, b)

		var gotA, gotB []string
		changes := 0
		for _, o := range ops {
			switch o.kind {
			case equal:
				require.Equal(t, a[o.i], b[o.j])
				gotA, gotB = append(gotA, a[o.i]), append(gotB, b[o.j])
			case del:
				gotA = append(gotA, a[o.i])
				changes++
			case ins:
				gotB = append(gotB, b[o.j])
				changes++
			}
		}
		require.Equal(t, strings.Join(a, ""), strings.Join(gotA, ""), "a=%q b=%q", a, b)
		require.Equal(t, strings.Join(b, ""), strings.Join(gotB, ""), "a=%q b=%q", a, b)
		require.Equal(t, len(a)+len(b)-2*lcs(a, b), changes, "a=%q b=%q", a, b)
	}
}

func randomLines(r *rand.Rand, n int) []string {
	lines := make([]string, n)
	for i := range lines {
		lines[i] = string(rune('a'+r.IntN(3))) + "\n"
	}
	return lines
}

func lcs(a, b []string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}
