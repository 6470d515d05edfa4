// Trains the entity tagger of Search.Core and writes the embedded model (see Commands.Usage).
using Search.EntityTrainer;

return Commands.Run(args);
