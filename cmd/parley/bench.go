package main

import (
	"context"
	"fmt"
)

// runBench is a placeholder, replaced wholesale by integration.
func (m *Main) runBench(ctx context.Context, args []string) error {
	return fmt.Errorf("bench: not built yet")
}
