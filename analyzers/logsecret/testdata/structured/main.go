// Command structured logs through zap, logrus, zerolog and slog.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

var (
	zl  *zap.Logger
	zs  *zap.SugaredLogger
	zr  zerolog.Logger
	lgr = logrus.New()
)

func handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	auth := req.Headers["authorization"]
	zl.Info("request", zap.String("authorization", auth))         // want `\(\*zap.Logger\).Info logs the "authorization" header`
	zl.Debug("event", zap.Any("event", req))                      // want `\(\*zap.Logger\).Debug logs the whole APIGatewayV2HTTPRequest with its headers`
	zs.Infow("request", "cookie", req.Headers["cookie"])          // want `\(\*zap.SugaredLogger\).Infow logs the "cookie" header`
	logrus.WithField("token", auth).Info("authenticating")        // want `logrus.WithField logs the "authorization" header`
	lgr.WithFields(logrus.Fields{"event": req}).Warn("slow")      // want `\(\*logrus.Logger\).WithFields logs the whole APIGatewayV2HTTPRequest with its headers`
	zr.Info().Str("auth", auth).Msg("request")                    // want `\(\*zerolog.Event\).Str logs the "authorization" header`
	zr.Debug().Msgf("env key %s", os.Getenv("STRIPE_SECRET_KEY")) // want `\(\*zerolog.Event\).Msgf logs the secret environment variable STRIPE_SECRET_KEY`
	slog.InfoContext(ctx, "request", slog.Any("req", req))        // want `slog.InfoContext logs the whole APIGatewayV2HTTPRequest with its headers`
	slog.Default().Warn("headers", "h", req.Headers)              // want `\(\*slog.Logger\).Warn logs all request headers`

	// Quiet: request id, route, presence.
	zl.Info("request", zap.String("id", req.RequestContext.RequestID), zap.Bool("auth", auth != ""))
	zs.Infow("route", "method", req.RequestContext.HTTP.Method, "path", req.RawPath)
	logrus.WithField("request_id", req.RequestContext.RequestID).Info("done")
	zr.Info().Str("path", req.RawPath).Bool("authenticated", auth != "").Msg("ok")
	slog.InfoContext(ctx, "request", "id", req.RequestContext.RequestID, "route", req.RouteKey)
	lgr.WithFields(logrus.Fields{"id": req.RequestContext.RequestID, "stage": req.RequestContext.Stage}).Info("ok")
	return events.APIGatewayV2HTTPResponse{StatusCode: 200}, nil
}

func main() { lambda.Start(handle) }
