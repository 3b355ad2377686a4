// Package usecase is a stub of github.com/swaggest/usecase v1.3.1 for
// facelint's tests: the real signatures, no behaviour.
package usecase

import "context"

// Interactor orchestrates the flow of data to and from entities.
type Interactor interface {
	Interact(ctx context.Context, input, output any) error
}

// Interact makes use case interactor from function.
type Interact func(ctx context.Context, input, output any) error

// Interact implements Interactor.
func (i Interact) Interact(ctx context.Context, input, output any) error {
	return i(ctx, input, output)
}

// IOInteractor is an interactor with input and output.
type IOInteractor struct {
	Interactor
	Info
	WithInput
	WithOutput
}

// Info exposes information about use case.
type Info struct{ title string }

// SetTitle sets the title of the use case.
func (i *Info) SetTitle(title string) { i.title = title }

// WithInput is an embeddable implementation of HasInputPort.
type WithInput struct {
	Input any
}

// WithOutput is an embeddable implementation of HasOutputPort.
type WithOutput struct {
	Output any
}

// IOInteractorOf is an IOInteractor with parametrized input/output types.
type IOInteractorOf[i, o any] struct {
	IOInteractor

	InteractFunc func(ctx context.Context, input i, output *o) error
}

// NewInteractor creates generic use case interactor with input and output ports.
func NewInteractor[i, o any](interact func(ctx context.Context, input i, output *o) error, options ...func(i *IOInteractor)) IOInteractorOf[i, o] {
	return IOInteractorOf[i, o]{InteractFunc: interact}
}
