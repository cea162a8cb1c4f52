// Package options is a fixture stub of
// go.mongodb.org/mongo-driver/v2/mongo/options v2.10.0: ClientOptions and
// ApplyURI.
package options
