// Package main does a lot of set-up in main: main runs once per cold
// start and is not a handler; its handlers are small.
package main

import (
	"flag"
	"log"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

type config struct {
	addr, region, table, bucket, queue string
	readTimeout, writeTimeout          time.Duration
	maxBody                            int64
	debug, tracing                     bool
	origins                            []string
}

func main() {
	var cfg config
	flag.StringVar(&cfg.addr, "addr", ":8080", "listen address")
	flag.StringVar(&cfg.region, "region", "eu-west-1", "AWS region")
	flag.StringVar(&cfg.table, "table", "orders", "DynamoDB table")
	flag.StringVar(&cfg.bucket, "bucket", "", "S3 bucket")
	flag.StringVar(&cfg.queue, "queue", "", "SQS queue URL")
	flag.DurationVar(&cfg.readTimeout, "read-timeout", 5*time.Second, "read timeout")
	flag.DurationVar(&cfg.writeTimeout, "write-timeout", 10*time.Second, "write timeout")
	flag.Int64Var(&cfg.maxBody, "max-body", 1<<20, "maximum body size")
	flag.BoolVar(&cfg.debug, "debug", false, "debug logging")
	flag.BoolVar(&cfg.tracing, "tracing", false, "enable tracing")
	flag.Parse()
	if v := os.Getenv("ADDR"); v != "" {
		cfg.addr = v
	}
	if v := os.Getenv("REGION"); v != "" {
		cfg.region = v
	}
	if v := os.Getenv("TABLE"); v != "" {
		cfg.table = v
	}
	if v := os.Getenv("BUCKET"); v != "" {
		cfg.bucket = v
	}
	if v := os.Getenv("QUEUE"); v != "" {
		cfg.queue = v
	}
	if v := os.Getenv("MAX_BODY"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			log.Fatalf("MAX_BODY: %v", err)
		}
		cfg.maxBody = n
	}
	if v := os.Getenv("ORIGINS"); v != "" {
		for _, o := range strings.Split(v, ",") {
			if o = strings.TrimSpace(o); o != "" {
				if !strings.HasPrefix(o, "https://") {
					if cfg.debug {
						for _, p := range []string{"http://localhost", "http://127.0.0.1"} {
							if strings.HasPrefix(o, p) {
								log.Printf("allowing local origin %s", o)
							}
						}
					}
				}
				cfg.origins = append(cfg.origins, o)
			}
		}
	}
	if cfg.bucket == "" || cfg.queue == "" {
		log.Fatal("BUCKET and QUEUE are required")
	}
	if cfg.tracing && cfg.debug {
		log.Printf("tracing in debug mode")
	}
	log.SetFlags(log.LstdFlags | log.Lmicroseconds)
	log.SetPrefix("[orders] ")
	log.Printf("region %s table %s bucket %s", cfg.region, cfg.table, cfg.bucket)
	log.Printf("queue %s", cfg.queue)
	log.Printf("timeouts %s/%s", cfg.readTimeout, cfg.writeTimeout)
	log.Printf("max body %d", cfg.maxBody)
	log.Printf("origins %v", cfg.origins)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /config", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(cfg.region + " " + cfg.table))
	})
	srv := &http.Server{
		Addr:         cfg.addr,
		Handler:      mux,
		ReadTimeout:  cfg.readTimeout,
		WriteTimeout: cfg.writeTimeout,
	}
	log.Printf("listening on %s", cfg.addr)
	log.Fatal(srv.ListenAndServe())
}
