-- CreateIndex
CREATE INDEX "RoutedDeclaration_reviewPlanId_idx" ON "RoutedDeclaration"("reviewPlanId");
