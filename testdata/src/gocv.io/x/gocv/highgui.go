package gocv

// Window is a wrapper around OpenCV's "HighGUI" named windows.
type Window struct {
	name string
	open bool
}

// NewWindow creates a new named OpenCV window.
func NewWindow(name string) *Window { return &Window{name: name, open: true} }

// Close closes and deletes a named OpenCV Window.
func (w *Window) Close() error { return nil }

// IMShow displays an image Mat in the specified window.
func (w *Window) IMShow(img Mat) error { return nil }

// WaitKey waits for a pressed key.
func (w *Window) WaitKey(delay int) int { return -1 }

// WaitKey waits for a pressed key.
func WaitKey(delay int) int { return -1 }
