package lsp

import (
	"context"
	"errors"
	"slices"
	"sync"
	"time"
)

// queue runs the analyses of package directories one batch at a time.
// Directories asked for while an analysis runs wait for the next batch,
// which takes every directory waiting. A request that makes the analysis
// under way stale (a save) cancels it: its directories go back to the
// queue and are analysed again with the new ones. After a wake-up the
// queue lets a burst of saves settle for delay before it starts.
type queue struct {
	run   func(ctx context.Context, dirs []string) bool // false when ctx was cancelled before the end
	delay time.Duration

	ctx  context.Context // cancelled by stop
	quit context.CancelFunc

	mu      sync.Mutex
	pending []string
	cancel  context.CancelCauseFunc // of the batch under way, or nil

	wake chan struct{} // buffered: one wake-up is enough
	done chan struct{}
}

// errStale is the cause of the cancellation of a stale analysis.
var errStale = errors.New("a newer save made the analysis stale")

// newQueue starts a queue that calls run for each batch of directories.
func newQueue(run func(ctx context.Context, dirs []string) bool, delay time.Duration) *queue {
	q := &queue{
		run:   run,
		delay: delay,
		wake:  make(chan struct{}, 1),
		done:  make(chan struct{}),
	}
	q.ctx, q.quit = context.WithCancel(context.Background())
	go q.loop()
	return q
}

// add asks for an analysis of dirs. When stale is set, the analysis under
// way is cancelled and run again with dirs.
func (q *queue) add(dirs []string, stale bool) {
	q.mu.Lock()
	for _, dir := range dirs {
		if !slices.Contains(q.pending, dir) {
			q.pending = append(q.pending, dir)
		}
	}
	if stale && q.cancel != nil {
		q.cancel(errStale)
	}
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// stop cancels the analysis under way, drops the directories still
// waiting, and returns when the analysis has returned. It may be called
// more than once.
func (q *queue) stop() {
	q.quit()
	<-q.done
}

func (q *queue) loop() {
	defer close(q.done)
	for {
		select {
		case <-q.ctx.Done():
			return
		case <-q.wake:
		}
		select {
		case <-q.ctx.Done():
			return
		case <-time.After(q.delay):
		}
		for q.ctx.Err() == nil {
			dirs, ctx := q.next()
			if dirs == nil {
				break
			}
			done := q.run(ctx, dirs)
			q.finish(ctx, dirs, done)
		}
	}
}

// next takes the waiting directories as a batch, with the context that
// cancels it.
func (q *queue) next() ([]string, context.Context) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.pending) == 0 {
		return nil, nil
	}
	dirs := q.pending
	q.pending = nil
	ctx, cancel := context.WithCancelCause(q.ctx)
	q.cancel = cancel
	return dirs, ctx
}

// finish ends a batch. A batch cancelled as stale before it was done goes
// back to the queue, before the directories asked for since.
func (q *queue) finish(ctx context.Context, dirs []string, done bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.cancel(nil)
	q.cancel = nil
	if !done && context.Cause(ctx) == errStale {
		q.pending = append(dirs, slices.DeleteFunc(q.pending, func(d string) bool { return slices.Contains(dirs, d) })...)
	}
}
