// Package mongo is a fixture stub of go.mongodb.org/mongo-driver/v2/mongo
// v2.10.0: Connect and Client.
package mongo
