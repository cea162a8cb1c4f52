// Package main serves a session API on net/http with a Redis client per
// request.
package main

import (
	"net/http"
	"os"
	"time"

	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

func session(w http.ResponseWriter, r *http.Request) {
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `redis.NewClient runs on every invocation \(session\); create the client once at init and reuse it`
	defer rdb.Close()
	v, err := rdb.Get(r.Context(), "session:"+r.URL.Query().Get("id")).Result()
	if err != nil {
		http.Error(w, `{"error":"not found"}`, http.StatusNotFound)
		return
	}
	_, _ = w.Write([]byte(v))
}

func touch(w http.ResponseWriter, r *http.Request) {
	u := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{os.Getenv("REDIS_ADDR")}}) // want `redis.NewUniversalClient runs on every invocation \(touch\)`
	u.Expire(r.Context(), "session:"+r.URL.Query().Get("id"), time.Hour)
}

func profile(w http.ResponseWriter, r *http.Request) {
	client, err := mongo.Connect(options.Client().ApplyURI(os.Getenv("MONGODB_URI"))) // want `mongo.Connect runs on every invocation \(profile\)`
	if err != nil {
		http.Error(w, `{"error":"unavailable"}`, http.StatusServiceUnavailable)
		return
	}
	defer client.Disconnect(r.Context())
	conn, err := grpc.NewClient(os.Getenv("PROFILE_SVC"), grpc.WithTransportCredentials(insecure.NewCredentials())) // want `grpc.NewClient runs on every invocation \(profile\)`
	if err != nil {
		http.Error(w, `{"error":"unavailable"}`, http.StatusServiceUnavailable)
		return
	}
	defer conn.Close()
	w.WriteHeader(http.StatusNoContent)
}

// Connections made once, in main, are fine.
var (
	mongoClient *mongo.Client
	profileConn *grpc.ClientConn
)

var shared = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})

func ping(w http.ResponseWriter, r *http.Request) {
	if err := shared.Ping(r.Context()).Err(); err != nil {
		http.Error(w, `{"error":"unavailable"}`, http.StatusServiceUnavailable)
	}
}

func main() {
	http.HandleFunc("/session", session)
	http.HandleFunc("/touch", touch)
	http.HandleFunc("/ping", ping)
	http.HandleFunc("/profile", profile)
	var err error
	if mongoClient, err = mongo.Connect(options.Client().ApplyURI(os.Getenv("MONGODB_URI"))); err != nil {
		panic(err)
	}
	if profileConn, err = grpc.NewClient(os.Getenv("PROFILE_SVC")); err != nil {
		panic(err)
	}
	_ = http.ListenAndServe(":8080", nil)
}
