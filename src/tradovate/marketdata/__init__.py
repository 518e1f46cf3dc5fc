"""Market data on the md and replay sockets: quotes, depth of market, histograms, charts, tick
charts and market replay."""
