package cli

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"
)

// Load loads patterns as a run of fnlint does: with PackagesConfig, except
// that the files of dependencies in the standard library and the module
// cache are parsed without function bodies (see a trimmer). Those are the
// packages whose syntax releaseDeps drops before the analysis and on which
// the handler pass, and every check with facts after it, return at once:
// their bodies were type-checked only to be thrown away, and they are
// most of what loading a module costs.
//
// When a package named by patterns itself lies in one of those trees
// (fnlint run on a standard library package from a module), the bodies
// are needed after all, and Load loads again without trimming.
func Load(ctx context.Context, dir string, tests bool, tags string, patterns ...string) ([]*packages.Package, error) {
	return load(ctx, dir, tests, tags, true, patterns...)
}

// load is Load, or packages.Load with PackagesConfig if !trim
// (-debug=fullload).
func load(ctx context.Context, dir string, tests bool, tags string, trim bool, patterns ...string) ([]*packages.Package, error) {
	cfg := PackagesConfig(ctx, dir, tests, tags)
	var t *trimmer
	if trim {
		t = newTrimmer(ctx, dir)
	}
	if t == nil {
		return packages.Load(cfg, patterns...)
	}
	cfg.ParseFile = t.parse
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if slices.ContainsFunc(pkgs, t.touched) {
		cfg.ParseFile = nil
		return packages.Load(cfg, patterns...)
	}
	t.fixErrors(pkgs)
	return pkgs, nil
}

// A trimmer parses the files under a set of directories without the bodies
// of their function declarations, and without comments, for a
// go/packages load. The type checker then checks only package-level
// declarations and signatures there, which is all the packages importing
// them need; their types are complete.
//
// It keeps what the type checker would reject without it: the body of an
// init function becomes empty, and generic functions keep their bodies. The
// one error that trimming causes, an import used only in bodies, is
// removed after the load by fixErrors.
type trimmer struct {
	dirs []string // each ending in a separator

	mu      sync.Mutex
	trimmed map[string]bool // files parsed without bodies
}

// newTrimmer returns a trimmer for the standard library and module cache of
// the go command in dir, leaving out the tree dir is in: nil if there is
// nothing to trim or the go command does not say where they are.
func newTrimmer(ctx context.Context, dir string) *trimmer {
	cmd := exec.CommandContext(ctx, "go", "env", "GOROOT", "GOMODCACHE")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return nil // the load will say what is wrong with the go command
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 {
		return nil
	}
	var dirs []string
	for i, d := range lines {
		if d == "" {
			continue
		}
		if i == 0 {
			d = filepath.Join(d, "src")
		}
		d = filepath.Clean(d) + string(filepath.Separator)
		if strings.HasPrefix(abs+string(filepath.Separator), d) {
			continue // fnlint runs inside the tree: its packages are the roots
		}
		dirs = append(dirs, d)
	}
	if len(dirs) == 0 {
		return nil
	}
	return &trimmer{dirs: dirs, trimmed: make(map[string]bool)}
}

// parse is the go/packages ParseFile hook.
func (t *trimmer) parse(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
	if !t.under(filename) {
		return parser.ParseFile(fset, filename, src, parser.AllErrors|parser.ParseComments)
	}
	f, err := parser.ParseFile(fset, filename, src, parser.AllErrors|parser.SkipObjectResolution)
	if f != nil {
		trimBodies(f)
		t.mu.Lock()
		t.trimmed[filename] = true
		t.mu.Unlock()
	}
	return f, err
}

// under reports whether filename is in one of the trimmed trees.
func (t *trimmer) under(filename string) bool {
	return slices.ContainsFunc(t.dirs, func(d string) bool { return strings.HasPrefix(filename, d) })
}

// touched reports whether a file of p was trimmed.
func (t *trimmer) touched(p *packages.Package) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return slices.ContainsFunc(p.CompiledGoFiles, func(f string) bool { return t.trimmed[f] })
}

// trimBodies drops the bodies of the function declarations of f, but for
// init functions (whose body becomes empty: the type checker requires one)
// and generic functions and methods (likewise).
func trimBodies(f *ast.File) {
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || isGeneric(fd) {
			continue
		}
		if fd.Recv == nil && fd.Name.Name == "init" {
			fd.Body = &ast.BlockStmt{Lbrace: fd.Body.Lbrace, Rbrace: fd.Body.Rbrace}
			continue
		}
		fd.Body = nil
	}
}

// isGeneric reports whether fd declares type parameters or is a method of a
// generic type.
func isGeneric(fd *ast.FuncDecl) bool {
	if fd.Type.TypeParams != nil {
		return true
	}
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return false
	}
	t := fd.Recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// unusedImportRE matches go/types' error for an import that no code uses.
var unusedImportRE = regexp.MustCompile(`^"[^"]+" imported (as \S+ )?and not used$`)

// fixErrors removes from the packages loaded the errors that trimming
// caused (imports used only in the bodies dropped) and recomputes which
// packages are ill-typed: a package is when it or a dependency has errors.
// The errors are matched in the packages with trimmed files, not in the
// trimmed files alone: their position may be that of a //line directive
// (goyacc's output names the .y file). A package in the module cache or
// the standard library builds, so none of its imports is really unused.
func (t *trimmer) fixErrors(pkgs []*packages.Package) {
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.Errors) > 0 && t.touched(p) {
			p.Errors = slices.DeleteFunc(p.Errors, func(e packages.Error) bool {
				return e.Kind == packages.TypeError && unusedImportRE.MatchString(e.Msg)
			})
		}
		p.IllTyped = len(p.Errors) > 0
		for _, imp := range p.Imports {
			if imp.IllTyped {
				p.IllTyped = true
			}
		}
	})
}
