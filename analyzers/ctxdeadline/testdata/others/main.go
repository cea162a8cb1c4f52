// Package main is a function on the fn runtime and gin, with calls that
// have context forms and calls that only look like they need one.
package main

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	"os/exec"
	"time"

	"github.com/fnlint/fnlint/fn"
	"github.com/gin-gonic/gin"
)

func thumbnail(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	// slog's context forms are for tracing: fine.
	slog.Info("thumbnail", "path", ev.Path)
	cmd := exec.Command("convert", "in.png", "-resize", "128x128", "out.png") // want `exec.Command ignores the handler's deadline \(thumbnail\); use exec.CommandContext\(ctx, ...\)`
	if err := cmd.Run(); err != nil {
		return nil, err
	}
	var d net.Dialer
	conn, err := d.Dial("tcp", "cache:6379") // want `\(\*net.Dialer\).Dial ignores the handler's deadline \(thumbnail\); use DialContext\(ctx, ...\)`
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if err := conn.SetDeadline(time.Now().Add(time.Second)); err != nil { // no context form: fine
		return nil, err
	}
	return fn.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

func cleanup(ctx context.Context, task *fn.Task) error {
	time.Sleep(time.Second)            // want `time.Sleep ignores the handler's deadline \(cleanup\); wait in a select on ctx.Done\(\) and time.After`
	tick := time.NewTimer(time.Second) // a timer: fine
	defer tick.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-tick.C:
	}
	return nil
}

func ping(c *gin.Context) {
	req, err := http.NewRequest(http.MethodGet, "https://status.example.com", nil) // want `http.NewRequest ignores the handler's deadline \(ping\); use http.NewRequestWithContext\(ctx, ...\)`
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second) // want `context.Background\(\) drops the handler's deadline \(ping\); use the handler's ctx`
	defer cancel()
	_ = req.WithContext(ctx)
	c.Status(http.StatusOK)
}

func main() {
	router := fn.NewRouter()
	router.Handle("/thumbnail", thumbnail)
	var s fn.Scheduler
	_ = s.Add("cleanup", "rate(1 hour)", cleanup)
	r := gin.New()
	r.GET("/ping", ping)
	_ = http.ListenAndServe(":8080", r)
}
