package gitdiff

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sample = `diff --git a/api/handler.go b/api/handler.go
index 3b18e51..a1b2c3d 100644
--- a/api/handler.go
+++ b/api/handler.go
@@ -3,0 +4,2 @@ import "net/http"
+// added two lines
+var x = 1
@@ -10 +12 @@ func Handle(w http.ResponseWriter, r *http.Request) {
-	old()
+	new()
@@ -20,3 +21,0 @@ func helper() {
-gone
-gone
-gone
@@ -40,2 +38,3 @@
-+++ b/looks like a header
+++++ b/still content
+@@ -1 +1 @@ not a hunk either
+ok
diff --git a/old.go b/old.go
deleted file mode 100644
index 1111111..0000000
--- a/old.go
+++ /dev/null
@@ -1,2 +0,0 @@
-package old
-
diff --git a/new.go b/new.go
new file mode 100644
index 0000000..2222222
--- /dev/null
+++ b/new.go
@@ -0,0 +1,3 @@
+package p
+
+func New() {}
diff --git "a/sp ace/t\303\251st.go" "b/sp ace/t\303\251st.go"
index 1111111..2222222 100644
--- "a/sp ace/t\303\251st.go"
+++ "b/sp ace/t\303\251st.go"
@@ -1 +1 @@
-a
+b
diff --git a/only-deleted.go b/only-deleted.go
index 1111111..2222222 100644
--- a/only-deleted.go
+++ b/only-deleted.go
@@ -5 +4,0 @@
-x
diff --git a/from.go b/to.go
similarity index 100%
rename from from.go
rename to to.go
Binary files a/img.png and b/img.png differ
`

func TestParse(t *testing.T) {
	got, err := Parse(strings.NewReader(sample))
	require.NoError(t, err)
	assert.Equal(t, map[string][]Range{
		"api/handler.go":  {{4, 5}, {12, 12}, {38, 40}},
		"new.go":          {{1, 3}},
		"sp ace/tést.go":  {{1, 1}},
		"only-deleted.go": nil,
	}, got)
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{
		"diff --git a/x b/x\n--- a/x\n+++ x\n",
		"diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +z @@\n",
		"diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1\n",
		"diff --git a/x b/x\n--- a/x\n+++ \"b/x\n",
	} {
		_, err := Parse(strings.NewReader(bad))
		assert.Error(t, err, bad)
	}
}

func TestChanged(t *testing.T) {
	c := &Changes{
		Root:  "/repo",
		Lines: map[string][]Range{"a/x.go": {{3, 4}}},
		New:   map[string]bool{"b/new.go": true},
	}
	assert.False(t, c.Changed("/repo/a/x.go", 2))
	assert.True(t, c.Changed("/repo/a/x.go", 3))
	assert.True(t, c.Changed("/repo/a/x.go", 4))
	assert.False(t, c.Changed("/repo/a/x.go", 5))
	assert.True(t, c.Changed("/repo/b/new.go", 100))
	assert.False(t, c.Changed("/repo/c/y.go", 1))
	assert.False(t, c.Changed("/elsewhere/a/x.go", 3))
}

func runGit(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "git %v: %s", args, out)
}

func TestSince(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	root := t.TempDir()
	write := func(name, content string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(root, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(root, name), []byte(content), 0o644))
	}
	write("pkg/a.go", "package pkg\n\nfunc A() {}\n")
	write("pkg/b.go", "package pkg\n\nfunc B() {}\n")
	write(".gitignore", "ignored.go\n")
	runGit(t, root, "init", "-q")
	runGit(t, root, "add", ".")
	runGit(t, root, "commit", "-q", "-m", "one")

	write("pkg/a.go", "package pkg\n\nfunc A() {}\n\nfunc A2() {}\n") // committed
	runGit(t, root, "commit", "-q", "-am", "two")
	write("pkg/b.go", "package pkg\n\nfunc B2() {}\n") // changed, not staged
	write("pkg/c.go", "package pkg\n")                 // untracked
	write("pkg/ignored.go", "package pkg\n")           // ignored

	c, err := Since(context.Background(), filepath.Join(root, "pkg"), "HEAD~1")
	require.NoError(t, err)
	real, err := filepath.EvalSymlinks(root)
	require.NoError(t, err)
	assert.Equal(t, real, c.Root)
	assert.Equal(t, map[string][]Range{"pkg/a.go": {{4, 5}}, "pkg/b.go": {{3, 3}}}, c.Lines)
	assert.Equal(t, map[string]bool{"pkg/c.go": true}, c.New)
	assert.True(t, c.Changed(filepath.Join(root, "pkg", "a.go"), 5))
	assert.False(t, c.Changed(filepath.Join(root, "pkg", "a.go"), 3))
	assert.True(t, c.Changed(filepath.Join(root, "pkg", "c.go"), 1))
	assert.False(t, c.Changed(filepath.Join(root, "pkg", "ignored.go"), 1))

	_, err = Since(context.Background(), root, "nosuch")
	assert.ErrorContains(t, err, "git diff: fatal: bad revision 'nosuch'")
	_, err = Since(context.Background(), root, "--cached")
	assert.ErrorContains(t, err, `bad revision "--cached"`)
	_, err = Since(context.Background(), t.TempDir(), "HEAD")
	assert.ErrorContains(t, err, "git rev-parse: fatal: not a git repository")
}
