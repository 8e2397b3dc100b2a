package main

import (
	"context"
	"fmt"
)

// runTrain is a placeholder, replaced wholesale by issue 3 (linguistic core).
func (m *Main) runTrain(ctx context.Context, args []string) error {
	return fmt.Errorf("train: not built yet")
}
