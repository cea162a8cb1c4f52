package fixturemod

import (
	"fmt"
	"go/version"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/semver"
)

// A Rewrite is a fixture go.mod rewritten to build against the real modules.
type Rewrite struct {
	// GoMod is the new content of the go.mod file.
	GoMod []byte
	// Replaced are the module paths whose stubs the fixture used.
	Replaced []string
}

// RewriteFixture rewrites the go.mod of the fixture module in fixtureDir so
// that it uses the real modules where it replaced them with the stubs of
// stubsDir:
//
//   - a replacement by a stub is dropped, and the module is required at the
//     version real requires, which must be the version the fixture requires;
//   - the replacement of RootModule by its stub points at root instead;
//   - every requirement of real is added (at the higher version where the
//     fixture requires the module too), so that the module graph and the
//     checksums of real cover the fixture;
//   - the go line is raised to real's when it is lower.
//
// real is the go.mod of the module that requires the real modules.
func RewriteFixture(gomod []byte, fixtureDir, stubsDir, root string, real *modfile.File) (*Rewrite, error) {
	f, err := modfile.Parse(filepath.Join(fixtureDir, "go.mod"), gomod, nil)
	if err != nil {
		return nil, err
	}
	realVersion := make(map[string]string, len(real.Require))
	for _, r := range real.Require {
		realVersion[r.Mod.Path] = r.Mod.Version
	}
	fixtureVersion := make(map[string]string, len(f.Require))
	for _, r := range f.Require {
		fixtureVersion[r.Mod.Path] = r.Mod.Version
	}
	rw := new(Rewrite)
	for _, rep := range append([]*modfile.Replace(nil), f.Replace...) {
		if !modfile.IsDirectoryPath(rep.New.Path) {
			continue
		}
		dir := rep.New.Path
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(fixtureDir, dir)
		}
		if !within(dir, stubsDir) {
			continue
		}
		path := rep.Old.Path
		rw.Replaced = append(rw.Replaced, path)
		if err := f.DropReplace(path, rep.Old.Version); err != nil {
			return nil, err
		}
		if path == RootModule {
			if err := f.AddReplace(RootModule, "", root, ""); err != nil {
				return nil, err
			}
			continue
		}
		v, ok := realVersion[path]
		if !ok {
			return nil, fmt.Errorf("%s is replaced by a stub but integration/go.mod does not require the real module", path)
		}
		if fv := fixtureVersion[path]; fv != v {
			return nil, fmt.Errorf("%s: the fixture requires %s, the stubs mirror %s", path, fv, v)
		}
	}
	for _, r := range real.Require {
		v := r.Mod.Version
		if fv, ok := fixtureVersion[r.Mod.Path]; ok && semver.Compare(fv, v) > 0 {
			v = fv
		}
		if err := f.AddRequire(r.Mod.Path, v); err != nil {
			return nil, err
		}
	}
	if real.Go != nil && (f.Go == nil || version.Compare("go"+f.Go.Version, "go"+real.Go.Version) < 0) {
		// The real modules may need a later go line than the stubs did.
		if err := f.AddGoStmt(real.Go.Version); err != nil {
			return nil, err
		}
	}
	if _, ok := realVersion[RootModule]; ok && !replaces(f, RootModule) {
		if err := f.AddReplace(RootModule, "", root, ""); err != nil {
			return nil, err
		}
	}
	f.Cleanup()
	rw.GoMod, err = f.Format()
	if err != nil {
		return nil, err
	}
	return rw, nil
}

func replaces(f *modfile.File, path string) bool {
	for _, r := range f.Replace {
		if r.Old.Path == path {
			return true
		}
	}
	return false
}

// within reports whether path is dir or inside it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, filepath.Clean(path))
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
