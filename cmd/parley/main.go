// Command parley turns news reports of political contacts into coded events.
//
// main only handles signals and exit codes; Main.Run does the work, so the
// end-to-end tests can drive the same code in-process.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	if err := m.Run(ctx, os.Args[1:]); err != nil {
		var partial *partialError
		var usage *usageError
		switch {
		case errors.Is(err, errHelp):
			os.Exit(0)
		case errors.As(err, &partial):
			fmt.Fprintln(os.Stderr, "parley:", err)
			os.Exit(1)
		case errors.Is(err, errUsage):
			os.Exit(2)
		case errors.As(err, &usage):
			fmt.Fprintln(os.Stderr, "parley:", err)
			os.Exit(2)
		default:
			fmt.Fprintln(os.Stderr, "parley:", err)
			os.Exit(1)
		}
	}
}

// Main is the parley program: its standard streams and environment, injected
// so that tests can run it in-process.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment (PARLEY_* fallbacks for flags).
	Getenv func(string) string
}

// NewMain returns a Main wired to the process's streams and environment.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

// command is one subcommand: its one-line summary and its entry point.
type command struct {
	summary string
	run     func(m *Main, ctx context.Context, args []string) error
}

// commands lists parley's subcommands. Each lives in its own file.
func commands() map[string]command {
	return map[string]command{
		"docs":   {"print the cleaned documents read from inputs", (*Main).runDocs},
		"parse":  {"tokenize, tag and parse text into CoNLL-U or JSON", (*Main).runParse},
		"train":  {"rebuild the tagger, lemmatizer and parser models from UD data", (*Main).runTrain},
		"code":   {"code documents into CAMEO + PLOVER events (JSON Lines)", (*Main).runCode},
		"eval":   {"score coded events against a gold file", (*Main).runEval},
		"ingest": {"code documents and store them (SQLite or PostgreSQL)", (*Main).runIngest},
		"events": {"query stored events; export table, CSV, JSONL, GDELT, PLOVER", (*Main).runEvents},
		"dyads":  {"summarise stored events per actor pair and month", (*Main).runDyads},
		"actors": {"list stored actors; 'actors lookup NAME' resolves a name", (*Main).runActors},
		"bench":  {"measure end-to-end throughput", (*Main).runBench},
	}
}

// Run runs the subcommand named by args[0].
func (m *Main) Run(ctx context.Context, args []string) error {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		m.usage(cmds)
		if len(args) == 0 {
			return errUsage
		}
		return errHelp
	}
	if args[0] == "-version" || args[0] == "--version" || args[0] == "version" {
		fmt.Fprintln(m.Stdout, "parley", version)
		return nil
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(m.Stderr, "parley: unknown command %q\n", args[0])
		m.usage(cmds)
		return errUsage
	}
	return c.run(m, ctx, args[1:])
}

// version is set at link time with -ldflags "-X main.version=...".
var version = "dev"

func (m *Main) usage(cmds map[string]command) {
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("parley turns news reports into coded political events (CAMEO + PLOVER).\n\n")
	b.WriteString("Usage:\n  parley <command> [flags] [arguments]\n\nCommands:\n")
	for _, n := range names {
		fmt.Fprintf(&b, "  %-8s %s\n", n, cmds[n].summary)
	}
	b.WriteString("\nRun 'parley <command> --help' for a command's flags.\n")
	b.WriteString("Every flag can also be set through the environment: --db is PARLEY_DB, --allow-private is PARLEY_ALLOW_PRIVATE.\n")
	fmt.Fprint(m.Stderr, b.String())
}
