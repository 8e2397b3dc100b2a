package main

import (
	"context"
	"fmt"
)

// runEval is a placeholder, replaced wholesale by issue 5 (event coding).
func (m *Main) runEval(ctx context.Context, args []string) error {
	return fmt.Errorf("eval: not built yet")
}
