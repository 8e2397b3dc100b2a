package main

import (
	"context"
	"fmt"
)

// runParse is a placeholder, replaced wholesale by issue 3 (linguistic core).
func (m *Main) runParse(ctx context.Context, args []string) error {
	return fmt.Errorf("parse: not built yet")
}
