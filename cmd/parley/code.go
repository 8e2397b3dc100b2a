package main

import (
	"context"
	"fmt"
)

// runCode is a placeholder, replaced wholesale by issue 5 (event coding).
func (m *Main) runCode(ctx context.Context, args []string) error {
	return fmt.Errorf("code: not built yet")
}
