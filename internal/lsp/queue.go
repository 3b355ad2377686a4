package lsp

import (
	"slices"
	"sync"
	"time"
)

// queue runs the analyses of package directories one at a time, in the
// order they were asked for. A directory asked for again while it waits is
// not queued twice; one asked for while it is being analysed is analysed
// once more afterwards, so the last save is always reflected. After a
// wake-up the queue lets a burst of saves settle for delay before it starts.
type queue struct {
	run   func(dir string)
	delay time.Duration

	mu      sync.Mutex
	pending []string

	wake     chan struct{} // buffered: one wake-up is enough
	quit     chan struct{}
	done     chan struct{}
	stopOnce sync.Once
}

// newQueue starts a queue that calls run for each directory.
func newQueue(run func(dir string), delay time.Duration) *queue {
	q := &queue{
		run:   run,
		delay: delay,
		wake:  make(chan struct{}, 1),
		quit:  make(chan struct{}),
		done:  make(chan struct{}),
	}
	go q.loop()
	return q
}

// add asks for an analysis of dir.
func (q *queue) add(dir string) {
	q.mu.Lock()
	if !slices.Contains(q.pending, dir) {
		q.pending = append(q.pending, dir)
	}
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// stop drops the directories still waiting and returns when the analysis
// under way, if any, has finished. It may be called more than once.
func (q *queue) stop() {
	q.stopOnce.Do(func() { close(q.quit) })
	<-q.done
}

func (q *queue) loop() {
	defer close(q.done)
	for {
		select {
		case <-q.quit:
			return
		case <-q.wake:
		}
		select {
		case <-q.quit:
			return
		case <-time.After(q.delay):
		}
		for {
			select {
			case <-q.quit:
				return
			default:
			}
			dir, ok := q.next()
			if !ok {
				break
			}
			q.run(dir)
		}
	}
}

// next takes the first waiting directory.
func (q *queue) next() (string, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.pending) == 0 {
		return "", false
	}
	dir := q.pending[0]
	q.pending = q.pending[1:]
	return dir, true
}
