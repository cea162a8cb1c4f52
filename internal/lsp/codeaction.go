package lsp

import (
	"maps"
	"slices"
)

// codeActions returns a quick fix for each suggested fix of the
// diagnostics of the document that overlap the requested range. It
// returns none for a document with unsaved changes, or one that a fix
// also edits: the fixes were computed on the saved text.
func (s *server) codeActions(p *CodeActionParams) []CodeAction {
	actions := []CodeAction{} // never null
	if !wantsQuickFix(p.Context.Only) {
		return actions
	}
	name, ok := uriToPath(p.TextDocument.URI)
	if !ok {
		return actions
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, owner := range slices.Sorted(maps.Keys(s.diags[name])) {
		for _, d := range s.diags[name][owner] {
			if !overlaps(d.Range, p.Range) {
				continue
			}
			for _, fix := range d.fixes {
				if s.editsDirty(fix) {
					continue
				}
				edit := &WorkspaceEdit{Changes: make(map[string][]TextEdit)}
				for file, edits := range fix.edits {
					edit.Changes[s.uri(file)] = edits
				}
				actions = append(actions, CodeAction{
					Title:       fix.title,
					Kind:        CodeActionKindQuickFix,
					Diagnostics: []Diagnostic{d.Diagnostic},
					IsPreferred: len(d.fixes) == 1,
					Edit:        edit,
				})
			}
		}
	}
	return actions
}

// editsDirty reports whether a file that fix edits is open with unsaved
// changes. Called with s.mu held.
func (s *server) editsDirty(fix fixAction) bool {
	for file := range fix.edits {
		if d := s.docs[file]; d != nil && d.dirty {
			return true
		}
	}
	return false
}

// wantsQuickFix reports whether the kinds asked for (none means any)
// include quick fixes: "quickfix", or the empty kind that stands for all.
func wantsQuickFix(only []string) bool {
	if len(only) == 0 {
		return true
	}
	for _, k := range only {
		if k == "" || k == CodeActionKindQuickFix {
			return true
		}
	}
	return false
}

// overlaps reports whether two ranges share a position; an empty range
// overlaps a range it touches, so that a cursor at either end of a
// diagnostic selects it.
func overlaps(a, b Range) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

// before reports whether p comes strictly before q.
func before(p, q Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Character < q.Character
}
