package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/fnlint/fnlint/internal/sarif/sariftest"
)

// action is what the test reads of action.yml.
type action struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	Name             string            `yaml:"name"`
	ID               string            `yaml:"id"`
	If               string            `yaml:"if"`
	Shell            string            `yaml:"shell"`
	WorkingDirectory string            `yaml:"working-directory"`
	Env              map[string]string `yaml:"env"`
	Run              string            `yaml:"run"`
	Uses             string            `yaml:"uses"`
	With             map[string]string `yaml:"with"`
}

// TestAction runs the shell steps of the composite GitHub Action the way
// the runner does, on a fixture module with findings: the expressions of
// their env are evaluated from the inputs, the runner's paths and the
// previous steps' outputs; the SARIF it writes must be valid and hold the
// findings; its outputs and exit status must be right. The upload step is
// GitHub's own action: the test checks what it is given.
func TestAction(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	data, err := os.ReadFile(filepath.Join(root, "action.yml"))
	require.NoError(t, err)
	var a action
	require.NoError(t, yaml.Unmarshal(data, &a))
	require.Equal(t, "composite", a.Runs.Using)

	run := func(t *testing.T, inputs map[string]string) (outputs map[string]string, failed string) {
		t.Helper()
		temp := t.TempDir()
		ctx := map[string]string{"github.action_path": root, "runner.temp": temp}
		for name, in := range a.Inputs {
			ctx["inputs."+name] = in.Default
		}
		for k, v := range inputs {
			ctx["inputs."+k] = v
		}
		outputs = make(map[string]string)
		for _, step := range a.Runs.Steps {
			if step.If != "" && !evalCondition(t, step.If, ctx) {
				continue
			}
			if step.Uses != "" {
				assert.Equal(t, "github/codeql-action/upload-sarif@v3", step.Uses)
				sarif := expand(t, step.With["sarif_file"], ctx)
				assert.FileExists(t, sarif, "the file handed to upload-sarif")
				continue
			}
			require.Equal(t, "bash", step.Shell, step.Name)
			assert.NotContains(t, step.Run, "${{", "step %q: expressions in scripts are injection-prone; pass them through env", step.Name)
			ghOutput := filepath.Join(temp, "output-"+step.ID)
			cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step.Run)
			cmd.Dir = filepath.Join(ctx["inputs.working-directory"])
			cmd.Env = append(os.Environ(), "GITHUB_OUTPUT="+ghOutput, "GITHUB_PATH="+filepath.Join(temp, "path"), "GOFLAGS=", "GOWORK=off")
			for k, v := range step.Env {
				cmd.Env = append(cmd.Env, k+"="+expand(t, v, ctx))
			}
			out, err := cmd.CombinedOutput()
			if step.ID != "" {
				if b, err := os.ReadFile(ghOutput); err == nil {
					for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
						k, v, _ := strings.Cut(line, "=")
						outputs[k] = v
						ctx["steps."+step.ID+".outputs."+k] = v
					}
				}
			}
			if err != nil {
				return outputs, step.Name + ": " + string(out)
			}
		}
		return outputs, ""
	}

	t.Run("findings", func(t *testing.T) {
		dir := fixture(t, "crosspkg")
		out, failed := run(t, map[string]string{"working-directory": dir})
		assert.Contains(t, failed, "Fail on findings", "the job fails on findings")
		assert.Equal(t, "1", out["exit-code"])
		sarif, err := os.ReadFile(out["sarif-file"])
		require.NoError(t, err)
		require.NoError(t, sariftest.Validate(sarif))
		var log struct {
			Runs []struct {
				Results []struct {
					RuleID string `json:"ruleId"`
				} `json:"results"`
			} `json:"runs"`
		}
		require.NoError(t, json.Unmarshal(sarif, &log))
		var rules []string
		for _, r := range log.Runs[0].Results {
			rules = append(rules, r.RuleID)
		}
		assert.ElementsMatch(t, []string{"noexit", "schedule"}, rules)
	})
	t.Run("findings allowed", func(t *testing.T) {
		dir := fixture(t, "crosspkg")
		out, failed := run(t, map[string]string{"working-directory": dir, "fail-on-findings": "false", "upload-sarif": "false"})
		assert.Empty(t, failed)
		assert.Equal(t, "1", out["exit-code"])
	})
	t.Run("clean", func(t *testing.T) {
		dir := fixture(t, "clean")
		out, failed := run(t, map[string]string{"working-directory": dir, "args": "-disable=handlersize"})
		assert.Empty(t, failed)
		assert.Equal(t, "0", out["exit-code"])
	})
	t.Run("bad flag fails", func(t *testing.T) {
		dir := fixture(t, "clean")
		out, failed := run(t, map[string]string{"working-directory": dir, "args": "-no-such-flag"})
		assert.Contains(t, failed, "Run fnlint")
		assert.Equal(t, "2", out["exit-code"])
	})
}

var expr = regexp.MustCompile(`\$\{\{\s*([^}]*?)\s*\}\}`)

// expand evaluates the ${{ name }} expressions of s from ctx: only plain
// names, which is all the action's env and with values may use.
func expand(t *testing.T, s string, ctx map[string]string) string {
	t.Helper()
	return expr.ReplaceAllStringFunc(s, func(m string) string {
		name := expr.FindStringSubmatch(m)[1]
		v, ok := ctx[name]
		if !ok && !strings.HasPrefix(name, "steps.") {
			t.Fatalf("unknown expression %s", m)
		}
		return v
	})
}

// evalCondition evaluates the if: conditions of the action: always(),
// and comparisons of names with quoted strings, joined by &&.
func evalCondition(t *testing.T, cond string, ctx map[string]string) bool {
	t.Helper()
	cond = strings.TrimSpace(expr.ReplaceAllString(cond, "$1"))
	for _, term := range strings.Split(cond, "&&") {
		term = strings.TrimSpace(term)
		if term == "always()" {
			continue
		}
		var name, op, want string
		for _, o := range []string{"!=", "=="} {
			if l, r, ok := strings.Cut(term, o); ok {
				name, op, want = strings.TrimSpace(l), o, strings.Trim(strings.TrimSpace(r), "'")
				break
			}
		}
		require.NotEmpty(t, op, "condition %q", term)
		if (ctx[name] == want) != (op == "==") {
			return false
		}
	}
	return true
}
