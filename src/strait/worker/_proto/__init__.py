"""Generated from proto/worker/v1/worker.proto by scripts/generate-proto. Do not edit."""
