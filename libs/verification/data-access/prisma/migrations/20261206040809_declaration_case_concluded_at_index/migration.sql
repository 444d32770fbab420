-- CreateIndex
CREATE INDEX "DeclarationCase_concludedAt_idx" ON "DeclarationCase"("concludedAt");
