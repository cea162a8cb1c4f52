package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/cache"
	"github.com/fnlint/fnlint/internal/ignore"
)

// The result cache (internal/cache) serves a run on unchanged code
// without loading or type-checking: the packages' files and import graph
// come from go list alone, every root package's key is computed from them,
// and when every root has an entry the findings are printed from the
// entries. On any miss the run is the ordinary one, and its findings are
// stored per root package.
//
// What is stored is the findings after the //fnlint:ignore directives (in
// the files, so in the keys) and the configuration's excludes (the file's
// content is in the keys) are applied, and before -new-from-rev, which is
// applied to cached findings as to fresh ones. Runs that write (-fix,
// -diff) do not use the cache, and runs with load or analyzer errors
// store nothing, so those errors are always computed and printed again.
// Runs that profile the analysis (-debug, -cpuprofile, -memprofile) do not
// use the cache either.

// envDebugCache, set to 1, prints one line about the cache per run on
// stderr.
const envDebugCache = "FNLINT_DEBUG_CACHE"

// cacheByDefault is the default of -cache: on, except in test binaries,
// whose in-process runs must not share the user's cache.
func cacheByDefault() bool { return !testing.Testing() }

// metaLoadMode loads what the keys need and no types.
const metaLoadMode = packages.NeedName | packages.NeedFiles | packages.NeedImports |
	packages.NeedDeps | packages.NeedModule | packages.NeedForTest

// goEnvVars are the go command's settings that are part of the keys.
var goEnvVars = []string{
	"GOVERSION", "GOROOT", "GOMODCACHE", "GOOS", "GOARCH", "CGO_ENABLED",
	"GOEXPERIMENT", "GOFLAGS", "GOWORK", "GO111MODULE", "GOAMD64", "GOARM64", "GOARM", "GO386",
}

// cachedCheck is check served from the result cache when every root
// package hits, and stored in it otherwise.
func (r *run) cachedCheck(patterns []string) (*result, error) {
	if !r.opts.cache || r.opts.fix || r.opts.diff || r.cmd.AfterAnalyze != nil || r.profiling() {
		res, _, err := r.check(patterns)
		return res, err
	}
	start := time.Now()
	rc, err := r.openCache(patterns)
	if err != nil {
		r.debugCache("off: %v", err)
	}
	if rc != nil {
		defer rc.close()
		if res := rc.lookup(start); res != nil {
			return res, nil
		}
	}
	// Store the findings before -new-from-rev drops some, then drop them.
	diff := r.diff
	r.diff = nil
	res, _, err := r.check(patterns)
	r.diff = diff
	if err != nil {
		return nil, err
	}
	if rc != nil {
		if err := rc.store(res); err != nil {
			r.debugCache("not stored: %v", err)
		}
	}
	if diff != nil {
		res.findings = slices.DeleteFunc(res.findings, r.dropped)
		res.suppressed = slices.DeleteFunc(res.suppressed, r.dropped)
	}
	return res, nil
}

// profiling reports whether -debug, -cpuprofile or -memprofile asks to
// measure the analysis, which a cache hit would skip.
func (r *run) profiling() bool {
	p := r.opts.prof
	return p != nil && (p.checks || p.fullLoad || p.useChecker || p.cpuProfile != "" || p.memProfile != "")
}

// debugCache prints a line about the cache when FNLINT_DEBUG_CACHE=1.
func (r *run) debugCache(format string, args ...any) {
	if os.Getenv(envDebugCache) == "1" {
		fmt.Fprintf(r.cmd.Stderr, "fnlint: cache: "+format+"\n", args...)
	}
}

// A resultCache is the cache as one run sees it: the root packages that
// patterns match, with their keys.
type resultCache struct {
	r       *run
	cache   *cache.Cache
	files   *cache.FileHashes
	roots   []*packages.Package
	keys    []cache.Key
	owner   map[string]int               // file name → index of the root it belongs to
	byID    map[string]*packages.Package // every package of the graph
	trimmed chan struct{}
}

// openCache opens the cache and computes the keys of the roots that
// patterns match. It returns nil and the reason when the cache cannot
// serve this run (it is off, or go list reports errors).
func (r *run) openCache(patterns []string) (*resultCache, error) {
	dir, err := cache.DefaultDir()
	if err != nil {
		return nil, err
	}
	c, err := cache.Open(dir)
	if err != nil {
		return nil, err
	}
	rc := &resultCache{r: r, cache: c, files: c.FileHashes(), trimmed: make(chan struct{})}
	go func() { c.Trim(); close(rc.trimmed) }()
	if err := rc.computeKeys(patterns); err != nil {
		rc.close()
		return nil, err
	}
	return rc, nil
}

// close waits for the trim and saves the file hashes.
func (rc *resultCache) close() {
	<-rc.trimmed
	rc.files.Save()
}

// computeKeys loads the package graph without types, the settings and
// the go command's environment, and computes the roots' keys.
func (rc *resultCache) computeKeys(patterns []string) error {
	r := rc.r
	cfg := PackagesConfig(r.ctx, r.dir, r.opts.tests, r.opts.tags)
	cfg.Mode = metaLoadMode
	var (
		wg     sync.WaitGroup
		goEnv  map[string]string
		envErr error
	)
	wg.Go(func() { goEnv, envErr = readGoEnv(r.ctx, cfg) })
	pkgs, err := packages.Load(cfg, patterns...)
	wg.Wait()
	switch {
	case err != nil:
		return fmt.Errorf("list packages: %w", err)
	case envErr != nil:
		return envErr
	case len(pkgs) == 0:
		return errors.New("no packages")
	}
	if err := unmatchedPatterns(patterns, pkgs, r.dir); err != nil {
		return err // the run reports it
	}
	rc.byID = make(map[string]*packages.Package)
	var listErr error
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		rc.byID[p.ID] = p
		if len(p.Errors) > 0 && listErr == nil {
			listErr = fmt.Errorf("package %s has errors", p.ID)
		}
	})
	if listErr != nil {
		return listErr
	}
	settings, err := rc.settings(cfg, goEnv)
	if err != nil {
		return err
	}
	g := &cache.Graph{Settings: settings.Key(), GOROOT: goEnv["GOROOT"], GOMODCACHE: goEnv["GOMODCACHE"], Files: rc.files}
	rc.roots = metaRoots(pkgs)
	rc.owner = make(map[string]int)
	for i, p := range rc.roots {
		k, err := g.Key(p)
		if err != nil {
			return fmt.Errorf("key of %s: %w", p.ID, err)
		}
		rc.keys = append(rc.keys, k)
		for _, f := range p.GoFiles {
			if _, ok := rc.owner[f]; !ok {
				rc.owner[f] = i
			}
		}
	}
	return nil
}

// settings are the inputs of the run that every key depends on.
func (rc *resultCache) settings(cfg *packages.Config, goEnv map[string]string) (*cache.Settings, error) {
	r := rc.r
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("executable: %w", err)
	}
	s := &cache.Settings{Tests: cfg.Tests, BuildFlags: cfg.BuildFlags, Env: cfg.Env}
	if s.Tool, err = cache.ToolID(rc.files, exe); err != nil {
		return nil, fmt.Errorf("hash executable: %w", err)
	}
	for _, c := range r.cmd.Checks {
		s.Checks = append(s.Checks, c.Analyzer.Name)
	}
	for _, c := range r.checks {
		s.Enabled = append(s.Enabled, c.Analyzer.Name)
	}
	for _, a := range expand(analyzersOf(r.cmd.Checks)) {
		a.Flags.VisitAll(func(f *flag.Flag) {
			s.Flags = append(s.Flags, a.Name+"."+f.Name+"="+f.Value.String())
		})
	}
	if r.cfg != nil {
		s.ConfigPath = r.cfg.Path
		if s.Config, err = os.ReadFile(r.cfg.Path); err != nil {
			return nil, fmt.Errorf("read config: %w", err)
		}
	}
	for _, name := range goEnvVars {
		s.GoEnv = append(s.GoEnv, name+"="+goEnv[name])
	}
	return s, nil
}

// readGoEnv runs go env for goEnvVars in the directory and environment
// of cfg.
func readGoEnv(ctx context.Context, cfg *packages.Config) (map[string]string, error) {
	cmd := exec.CommandContext(ctx, "go", append([]string{"env", "-json"}, goEnvVars...)...)
	cmd.Dir, cmd.Env = cfg.Dir, cfg.Env
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := errors.AsType[*exec.ExitError](err); ok {
			err = fmt.Errorf("%w: %s", err, strings.TrimSpace(string(ee.Stderr)))
		}
		return nil, fmt.Errorf("go env: %w", err)
	}
	env := make(map[string]string)
	if err := json.Unmarshal(out, &env); err != nil {
		return nil, fmt.Errorf("go env: %w", err)
	}
	return env, nil
}

// metaRoots returns the packages that roots would analyse among pkgs,
// loaded without types: test variants replace the packages they extend,
// and generated test mains are left out.
func metaRoots(pkgs []*packages.Package) []*packages.Package {
	tested := make(map[string]bool)
	for _, p := range pkgs {
		if p.ForTest != "" {
			tested[p.ForTest] = true
		}
	}
	var out []*packages.Package
	for _, p := range pkgs {
		switch {
		case p.ForTest == "" && p.ID == p.PkgPath && tested[p.PkgPath] && slices.ContainsFunc(pkgs, func(q *packages.Package) bool {
			return q.ForTest == p.PkgPath && q.PkgPath == p.PkgPath
		}):
			continue
		case p.ForTest == "" && p.Name == "main" && strings.HasSuffix(p.ID, ".test") && tested[strings.TrimSuffix(p.ID, ".test")]:
			continue
		}
		out = append(out, p)
	}
	return out
}

// lookup returns the result of the run from the cache when every root has
// an entry, or nil. start is when the run began, for the debug line.
func (rc *resultCache) lookup(start time.Time) *result {
	r := rc.r
	entries := make([]*cache.Entry, 0, len(rc.roots))
	for i, p := range rc.roots {
		data, ok := rc.cache.Get(rc.keys[i])
		if !ok {
			continue
		}
		if e, err := cache.Unmarshal(data); err == nil && e.Package == p.ID {
			entries = append(entries, e)
		}
	}
	r.debugCache("hit %d/%d packages (lookup %v)", len(entries), len(rc.roots), time.Since(start).Round(time.Millisecond))
	if len(entries) < len(rc.roots) {
		return nil
	}
	res, err := rc.result(entries)
	if err != nil {
		r.debugCache("unusable entries: %v", err)
		return nil
	}
	res.findings = slices.DeleteFunc(res.findings, r.dropped)
	res.suppressed = slices.DeleteFunc(res.suppressed, r.dropped)
	slices.SortFunc(res.findings, compareFindings)
	slices.SortFunc(res.suppressed, compareFindings)
	return res
}

// result rebuilds the findings of entries on a new token.FileSet.
func (rc *resultCache) result(entries []*cache.Entry) (*result, error) {
	fs := cache.NewFileSet()
	for _, e := range entries {
		if err := fs.Add(e); err != nil {
			return nil, err
		}
	}
	res := &result{fset: fs.Fset, failed: make(map[actionKey]bool)}
	stubs := make(map[string]*packages.Package)
	pkg := func(id string) *packages.Package {
		if p, ok := rc.byID[id]; ok {
			return p
		}
		if stubs[id] == nil {
			stubs[id] = &packages.Package{ID: id}
		}
		return stubs[id]
	}
	for _, e := range entries {
		for _, cf := range e.Findings {
			f := decodeFinding(fs, &cf)
			f.pkg = pkg(cf.Package)
			f.posn = fs.Fset.Position(f.diag.Pos)
			f.end = f.posn
			if f.diag.End.IsValid() {
				f.end = fs.Fset.Position(f.diag.End)
			}
			if f.suppressedBy != nil {
				res.suppressed = append(res.suppressed, f)
			} else {
				res.findings = append(res.findings, f)
			}
		}
	}
	return res, nil
}

// store stores the findings of res, each in the entry of the root that
// holds its file. Runs with errors store nothing, and so do runs during
// which a file changed after it was hashed.
func (rc *resultCache) store(res *result) error {
	switch {
	case len(res.loadErrors) > 0 || len(res.errors) > 0 || len(res.badDirectives) > 0:
		return errors.New("the run had errors")
	case !rc.files.Unchanged():
		return errors.New("files changed during the run")
	}
	entries := make([]*cache.Entry, len(rc.roots))
	recs := make([]*cache.Recorder, len(rc.roots))
	for i, p := range rc.roots {
		entries[i] = &cache.Entry{Package: p.ID}
		recs[i] = cache.NewRecorder(res.fset, entries[i])
	}
	for _, list := range [][]*finding{res.findings, res.suppressed} {
		for _, f := range list {
			i, ok := rc.owner[f.posn.Filename]
			if !ok {
				return fmt.Errorf("finding in %s, outside the packages listed", f.posn.Filename)
			}
			cf, err := encodeFinding(recs[i], f)
			if err != nil {
				return err
			}
			entries[i].Findings = append(entries[i].Findings, cf)
		}
	}
	for i, e := range entries {
		data, err := e.Marshal()
		if err != nil {
			return err
		}
		if err := rc.cache.Put(rc.keys[i], data); err != nil {
			return err
		}
	}
	rc.r.debugCache("stored %d packages", len(entries))
	return nil
}

// encodeFinding returns f as a cache entry holds it, recording the files
// of its positions with rec.
func encodeFinding(rec *cache.Recorder, f *finding) (cache.Finding, error) {
	var errs []error
	pos := func(p token.Pos) cache.Pos {
		cp, err := rec.Pos(p)
		errs = append(errs, err)
		return cp
	}
	d := &f.diag
	cf := cache.Finding{
		Package:  f.pkg.ID,
		Check:    f.check,
		Category: d.Category,
		Message:  d.Message,
		URL:      d.URL,
		Pos:      pos(d.Pos),
		End:      pos(d.End),
	}
	for _, rel := range d.Related {
		cf.Related = append(cf.Related, cache.Related{Pos: pos(rel.Pos), End: pos(rel.End), Message: rel.Message})
	}
	for _, fix := range d.SuggestedFixes {
		cfix := cache.Fix{Message: fix.Message, Edits: []cache.Edit{}}
		for _, e := range fix.TextEdits {
			cfix.Edits = append(cfix.Edits, cache.Edit{Pos: pos(e.Pos), End: pos(e.End), New: e.NewText})
		}
		cf.Fixes = append(cf.Fixes, cfix)
	}
	if dir := f.suppressedBy; dir != nil {
		cf.Suppressed = &cache.Directive{Pos: pos(dir.Pos), Checks: dir.Checks, Reason: dir.Reason}
	}
	if err := errors.Join(errs...); err != nil {
		return cache.Finding{}, fmt.Errorf("finding at %s: %w", f.posn, err)
	}
	return cf, nil
}

// decodeFinding is the inverse of encodeFinding, on the positions of fs,
// where the files of the finding's entry were added. The package and the
// resolved positions are left to the caller.
func decodeFinding(fs *cache.FileSet, cf *cache.Finding) *finding {
	f := &finding{
		check: cf.Check,
		diag: analysis.Diagnostic{
			Pos:      fs.Pos(cf.Pos),
			End:      fs.Pos(cf.End),
			Category: cf.Category,
			Message:  cf.Message,
			URL:      cf.URL,
		},
	}
	for _, rel := range cf.Related {
		f.diag.Related = append(f.diag.Related, analysis.RelatedInformation{Pos: fs.Pos(rel.Pos), End: fs.Pos(rel.End), Message: rel.Message})
	}
	for _, fix := range cf.Fixes {
		sf := analysis.SuggestedFix{Message: fix.Message}
		for _, e := range fix.Edits {
			sf.TextEdits = append(sf.TextEdits, analysis.TextEdit{Pos: fs.Pos(e.Pos), End: fs.Pos(e.End), NewText: e.New})
		}
		f.diag.SuggestedFixes = append(f.diag.SuggestedFixes, sf)
	}
	if dir := cf.Suppressed; dir != nil {
		pos := fs.Pos(dir.Pos)
		f.suppressedBy = &ignore.Directive{Pos: pos, Posn: fs.Fset.Position(pos), Checks: dir.Checks, Reason: dir.Reason}
	}
	return f
}
