//go:build !linux

package nlp

// hugeSlice returns n zeroed values of T for a frozen table that owner
// keeps; only Linux maps large tables with huge pages.
func hugeSlice[T any](owner *perceptron, n int) []T { return make([]T, n) }
