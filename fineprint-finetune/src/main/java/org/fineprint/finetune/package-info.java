/**
 * Fine-tuning of a small sentence encoder (bge-small-en-v1.5 by default) on CLAUDETTE sentence
 * labels, on CPU with DJL's PyTorch engine: {@link org.fineprint.finetune.BaseEncoder} reads the
 * pretrained weights from the ONNX file langchain4j ships, {@link org.fineprint.finetune.Bert} is the forward pass,
 * {@link org.fineprint.finetune.FoldTrainer} trains the top layers and a classification head, and
 * {@link org.fineprint.finetune.FineTuneClaudetteCommand} cross-validates it on the folds of
 * {@code eval claudette}. This module runs in its own JVM: PyTorch's and ONNX Runtime's native
 * libraries crash when loaded into one process.
 */
@NullMarked
package org.fineprint.finetune;

import org.jspecify.annotations.NullMarked;
